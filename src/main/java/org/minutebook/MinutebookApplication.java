package org.minutebook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MinutebookApplication {

    public static void main(String[] args) {
        SpringApplication.run(MinutebookApplication.class, args);
    }
}
